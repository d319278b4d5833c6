# oracle: seed 60, closed, raises RuntimeError at line 12
import torch
from torch import nn

cell_0 = nn.GRUCell(6, 7)
xs_0 = torch.randn(5, 4, 6)
h_0 = torch.zeros(6, 7)
outputs_0 = []
for t in range(xs_0.size(0)):
    if t % 2 == 1:
        continue
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
