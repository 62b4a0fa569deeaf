-- A second, unrelated LSP client: headless Neovim (0.7+) starts the built
-- server, opens a roadmap, waits for its diagnostics, asks for one hover and
-- writes what arrived to a JSON file. Driven by test/protocol/neovim.test.ts:
--   nvim --headless --clean -u NONE -c 'luafile test/neovim/client.lua'
-- Inputs come from the environment: AIROADMAP_NODE, AIROADMAP_SERVER,
-- AIROADMAP_FILE, AIROADMAP_OUT.

local node = os.getenv('AIROADMAP_NODE') or 'node'
local server = assert(os.getenv('AIROADMAP_SERVER'), 'AIROADMAP_SERVER not set')
local file = assert(os.getenv('AIROADMAP_FILE'), 'AIROADMAP_FILE not set')
local out = assert(os.getenv('AIROADMAP_OUT'), 'AIROADMAP_OUT not set')

local result = { nvim = tostring(vim.version().major) .. '.' .. tostring(vim.version().minor) }
local received = false

local function finish()
  vim.fn.writefile({ vim.fn.json_encode(result) }, out)
  vim.cmd('qa!')
end

local ok, err = pcall(function()
  local client_id = vim.lsp.start_client({
    name = 'airoadmap',
    cmd = { node, server, '--stdio' },
    root_dir = vim.fn.fnamemodify(file, ':p:h'),
    handlers = {
      ['textDocument/publishDiagnostics'] = function(_, params)
        if params and params.diagnostics and #params.diagnostics > 0 then
          result.uri = params.uri
          result.version = params.version
          result.diagnostics = params.diagnostics
          received = true
        end
      end,
    },
    on_init = function(_, init_result)
      result.server = init_result and init_result.serverInfo and init_result.serverInfo.name
    end,
  })
  if not client_id then
    error('the client did not start')
  end

  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(bufnr, client_id)

  result.timed_out = not vim.wait(15000, function() return received end, 20)

  -- One request as well: hover on the first `readiness` key.
  local line = vim.fn.search('readiness:', 'nw')
  if line > 0 then
    local col = vim.fn.match(vim.fn.getline(line), 'readiness')
    local responses = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', {
      textDocument = { uri = vim.uri_from_bufnr(bufnr) },
      position = { line = line - 1, character = col + 2 },
    }, 5000)
    for _, response in pairs(responses or {}) do
      local contents = response.result and response.result.contents
      if type(contents) == 'table' then
        result.hover = contents.value or contents[1]
      elseif type(contents) == 'string' then
        result.hover = contents
      end
    end
  end

  vim.lsp.stop_client(client_id)
end)

if not ok then
  result.error = tostring(err)
end
finish()
