# oracle: seed 151, closed, runs cleanly
import torch
from torch import nn

cell_0 = nn.GRUCell(7, 5, bias=False)
xs_0 = torch.randn(2, 2, 7)
h_0 = torch.zeros(2, 5)
outputs_0 = []
for t in range(xs_0.size(0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = nn.Linear(5, 2)(h_0)
