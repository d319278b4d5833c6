/**
 * Getting the Python parser ready before the first Python document arrives, in a workspace that
 * has Python in it. Loading the parser (WebAssembly compilation) and the first parse and analysis
 * (WebAssembly functions compiled on first use, the analysis' code not yet optimised) were most of
 * the time from opening a Python file to its first diagnostics. A workspace whose folders hold no
 * `.py` or `.ipynb` file near the top never loads the parser until a Python document is opened.
 */
import { readdir } from "node:fs/promises";
import { join } from "node:path";
import { Workspace } from "../analysis/workspace";

/** Folders no one expects the search to enter: tools' caches, dependencies, virtual environments. */
const SKIPPED = new Set(["node_modules", "__pycache__", "site-packages", "venv", "dist", "build", "out"]);

/**
 * Whether a Python file or notebook lies in one of the folders, at most `depth` folders down
 * (hidden folders and SKIPPED ones left out), reading at most `budget` directory entries in all:
 * a quick look, not a search of a large tree.
 */
export async function workspaceHasPython(roots: readonly string[], depth = 2, budget = 2000): Promise<boolean> {
  let left = budget;
  let level = [...roots];
  for (let d = 0; d <= depth && level.length > 0 && left > 0; d++) {
    const next: string[] = [];
    for (const dir of level) {
      if (left <= 0) return false;
      let entries;
      try {
        entries = await readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      for (const e of entries.slice(0, left)) {
        if (e.isFile() && /\.(py|pyi|ipynb)$/i.test(e.name)) return true;
        if (e.isDirectory() && !e.name.startsWith(".") && !SKIPPED.has(e.name)) next.push(join(dir, e.name));
      }
      left -= entries.length;
    }
    level = next;
  }
  return false;
}

/** A little PyTorch, with what a model file has: a module class, a loop, a branch, shape checks. */
const WARM_UP = `import torch
import torch.nn as nn


class Tagger(nn.Module):
    def __init__(self, vocab, embed, hidden, layers=1):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.rnn = nn.LSTM(embed, hidden, num_layers=layers, batch_first=True)
        self.fc = nn.Linear(hidden, 4)

    def forward(self, tokens):
        out, (h, c) = self.rnn(self.embedding(tokens))
        return self.fc(out[:, -1, :])


model = Tagger(100, 8, 16)
scores = model(torch.randint(0, 100, (2, 5)))
cell = nn.GRUCell(8, 16)
steps = torch.randn(5, 2, 8)
hx = torch.zeros(2, 16)
for t in range(steps.size(0)):
    hx = cell(steps[t], hx)
if hx.size(0) > 1:
    gru = nn.GRU(8, 16, 2, dropout=0.1)
    y, h_n = gru(steps, torch.zeros(2, 2, 16))
print(y.shape, h_n.reshape(4, 16).permute(1, 0).shape)
`;

/** Analyzes the warm-up text once, in a workspace of its own, with the parser loaded; never throws. */
export function warmUpPython(): void {
  try {
    const ws = new Workspace();
    const file = "/rnnlens-warm-up/model.py";
    ws.setText(file, WARM_UP);
    ws.analyze(file);
    ws.close(file);
  } catch {
    // Only a head start: the first real analysis does the same work if this one could not.
  }
}
