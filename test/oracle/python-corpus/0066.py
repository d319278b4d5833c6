# oracle: seed 66, closed, runs cleanly
import torch
import torch.nn as nn

cell_0 = nn.LSTMCell(6, 8)
xs_0 = torch.randn(1, 1, 6)
h_0 = torch.zeros(1, 8)
c_0 = torch.zeros(1, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    if t % 2 == 1:
        continue
    h_0, c_0 = cell_0(xs_0[t], (h_0, c_0))
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
