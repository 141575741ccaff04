-- Neovim's built-in LSP client against the Crosscheck server: opens 004 of the seed workspace, waits for the
-- diagnostics, hovers the first "$6 billion" and writes what it saw as JSON for test/neovim/neovim.test.ts.
-- Environment: CROSSCHECK_SERVER (dist/server.js), CROSSCHECK_WORKSPACE (a copy of seeds/), CROSSCHECK_RESULT (JSON
-- file to write), CROSSCHECK_NODE (the node executable, default "node"). Exits 0 when the result was written, 1 if not.

local server = os.getenv('CROSSCHECK_SERVER')
local workspace = os.getenv('CROSSCHECK_WORKSPACE')
local result_path = os.getenv('CROSSCHECK_RESULT')
local node = os.getenv('CROSSCHECK_NODE') or 'node'
local ARTICLE = '004_1c63032f5add9366.txt'
local FIGURE = '$6 billion'
local WAIT_MS = 30000
local POLL_MS = 20

local function write_result(result)
  local file = assert(io.open(result_path, 'w'))
  file:write(vim.fn.json_encode(result))
  file:close()
end

-- Fails with a message the node test shows; vim.wait returns false when its deadline passes.
local function wait_until(what, condition)
  if not vim.wait(WAIT_MS, condition, POLL_MS) then error('timed out waiting for ' .. what) end
end

local function run()
  assert(server and workspace and result_path, 'CROSSCHECK_SERVER, CROSSCHECK_WORKSPACE and CROSSCHECK_RESULT must be set')
  local client_id = vim.lsp.start_client({
    name = 'crosscheck',
    cmd = { node, server, '--stdio' },
    root_dir = workspace,
    workspace_folders = { { uri = vim.uri_from_fname(workspace), name = 'seeds' } },
  })
  assert(client_id, 'the language client did not start')
  vim.cmd('edit ' .. vim.fn.fnameescape(workspace .. '/' .. ARTICLE))
  local buf = vim.api.nvim_get_current_buf()
  vim.lsp.buf_attach_client(buf, client_id)
  local client = vim.lsp.get_client_by_id(client_id)
  wait_until('the server to initialize', function() return client.initialized end)

  local function conflicts()
    return vim.tbl_filter(function(diagnostic)
      local code = diagnostic.code or (diagnostic.user_data and diagnostic.user_data.lsp and diagnostic.user_data.lsp.code)
      return code == 'conflicting-figure'
    end, vim.diagnostic.get(buf))
  end
  wait_until('conflicting-figure diagnostics in ' .. ARTICLE, function() return #conflicts() > 0 end)
  local found = conflicts()
  table.sort(found, function(a, b) return a.lnum < b.lnum or (a.lnum == b.lnum and a.col < b.col) end)
  local diagnostics = {}
  for _, diagnostic in ipairs(found) do
    table.insert(diagnostics, { line = diagnostic.lnum, message = diagnostic.message, source = diagnostic.source, severity = diagnostic.severity })
  end

  -- The first line holding the figure; the hover goes two characters into it, converted to the UTF-16 offsets LSP counts in.
  local lines = vim.api.nvim_buf_get_lines(buf, 0, -1, false)
  local line, byte
  for index, text in ipairs(lines) do
    byte = text:find(FIGURE, 1, true)
    if byte then
      line = index - 1
      break
    end
  end
  assert(line, FIGURE .. ' not found in ' .. ARTICLE)
  local _, character = vim.str_utfindex(lines[line + 1], byte - 1 + 2)
  local response = client.request_sync('textDocument/hover', {
    textDocument = { uri = vim.uri_from_bufnr(buf) },
    position = { line = line, character = character },
  }, WAIT_MS, buf)
  assert(response and not response.err, 'hover failed: ' .. vim.inspect(response))
  local contents = response.result and response.result.contents or {}

  write_result({ diagnostics = diagnostics, hover = contents.value, hoverKind = contents.kind, hoverLine = line })
  client.stop()
  wait_until('the server to stop', function() return client.is_stopped() end)
end

local ok, failure = pcall(run)
if ok then
  vim.cmd('qa!')
else
  pcall(write_result, { error = tostring(failure) })
  vim.cmd('cquit 1')
end
