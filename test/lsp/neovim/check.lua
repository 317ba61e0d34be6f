-- Run by neovim.test.ts in `nvim --headless`: a real second LSP client. Starts the built server for one
-- take (paths from the environment), waits for its diagnostics, writes them to a file, and quits.
local take = os.getenv('TAKE')
local out = os.getenv('OUT')
vim.cmd('edit ' .. take)
local id = vim.lsp.start_client({
  name = 'commentary',
  cmd = { os.getenv('NODE'), os.getenv('SERVER'), '--stdio' },
  root_dir = vim.fn.fnamemodify(take, ':h'),
  settings = { commentary = { rules = { ['image-credit'] = 'off' } } },
  -- Neovim 0.7 pushes settings only when told to (as nvim-lspconfig does); it also answers workspace/configuration.
  on_init = function(client)
    client.notify('workspace/didChangeConfiguration', { settings = client.config.settings })
  end,
})
vim.lsp.buf_attach_client(0, id)
-- Done when diagnostics arrived and reflect the settings (image-credit off); a timeout means they never did.
local function settled()
  local all = vim.diagnostic.get(0)
  if #all == 0 then return false end
  for _, d in ipairs(all) do
    if d.code == 'image-credit' then return false end
  end
  return true
end
local ok = vim.wait(20000, settled, 50)
local lines = { ok and 'OK' or 'TIMEOUT' }
for _, d in ipairs(vim.diagnostic.get(0)) do
  table.insert(lines, string.format('%d:%d %s', d.lnum + 1, d.col + 1, d.code or '?'))
end
local f = io.open(out, 'w')
f:write(table.concat(lines, '\n') .. '\n')
f:close()
vim.lsp.stop_client(id)
vim.cmd('qa!')
