# oracle: seed 5, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM

cell_0 = GRUCell(2, 6)
xs_0 = torch.randn(3, 3, 2)
h_0 = torch.zeros(3, 6)
outputs_0 = []
for t in range(len(xs_0)):
    h_0 = cell_0(xs_0[t], h_0)
    outputs_0.append(h_0)
seq_0 = torch.stack(outputs_0)
head_0 = nn.Linear(6, 2)(h_0)

lstm_1 = LSTM(3, 5, 1)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 2, 3))
r_1_0 = out_1[..., :3]
r_1_1 = torch.split(out_1, 3, dim=2)[0]
r_1_2 = torch.stack([h_1[-1], c_1[-1]], dim=0)
a_1, b_1 = out_1.chunk(2, dim=0)

y_2 = torch.randn(4, 1, 4)
layers_2 = [GRU(4, 4)]
for i in range(len(layers_2)):
    y_2 = layers_2[i](y_2)[0]
z_2 = nn.Linear(4, 3)(y_2)
