# oracle: seed 147, closed, runs cleanly
import torch

cell_0 = torch.nn.GRUCell(8, 3)
xs_0 = torch.randn(3, 3, 8)
h_0 = torch.zeros(3, 3)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0, dim=0)
head_0 = torch.nn.Linear(3, 2)(h_0)
