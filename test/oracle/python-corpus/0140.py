# oracle: seed 140, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.LSTMCell(5, 8, bias=False)
xs_0 = torch.randn(1, 1, 5)
h_0 = torch.zeros(1, 8)
c_0 = torch.zeros(1, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    if t % 2 == 1:
        continue
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
