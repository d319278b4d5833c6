# oracle: seed 232, closed, raises RuntimeError at line 11
import torch.nn

cell_0 = torch.nn.RNNCell(7, 8, bias=False)
xs_0 = torch.randn(4, 3, 7)
h_0 = torch.zeros(5, 8)
outputs_0 = []
for t in range(len(xs_0)):
    if t == 3:
        break
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = torch.nn.Linear(9, 2)(h_0)
