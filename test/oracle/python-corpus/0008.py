# oracle: seed 8, closed, raises RuntimeError at line 9
import torch
import torch.nn as nn

cell_0 = nn.GRUCell(input_size=5, hidden_size=4)
h_0 = torch.zeros(4)
t_0 = 0
while t_0 < 4:
    h_0 = cell_0(torch.randn(7), h_0)
    t_0 += 1
z_0 = h_0.unsqueeze(0).contiguous()

cell_1 = nn.RNNCell(8, 6, bias=False)
xs_1 = torch.randn(1, 1, 8)
h_1 = torch.zeros(1, 6)
outputs_1 = []
for t in range(xs_1.shape[0]):
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1)
head_1 = nn.Linear(6, 2)(h_1)
