# oracle: seed 22, closed, raises RuntimeError at line 10
import torch
from torch.nn import RNNCell

cell_0 = RNNCell(4, 8)
xs_0 = torch.randn(4, 2, 3)
h_0 = torch.zeros(2, 8)
outputs_0 = []
for t in range(xs_0.size(0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
