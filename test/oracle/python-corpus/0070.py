# oracle: seed 70, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTMCell, RNNCell

cell_0 = RNNCell(input_size=7, hidden_size=7)
h_0 = torch.zeros(2, 7)
t_0 = 0
while t_0 < 0:
    h_0 = cell_0(torch.randn(2, 7), h_0)
    t_0 += 1

cell_1 = RNNCell(input_size=3, hidden_size=6, nonlinearity='relu')
h_1 = torch.zeros(2, 6)
t_1 = 0
while t_1 < 0:
    h_1 = cell_1(torch.randn(2, 3), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).flatten()

cell_2 = LSTMCell(2, 3, bias=False)
xs_2 = torch.randn(5, 3, 2)
h_2 = torch.zeros(3, 3)
c_2 = torch.zeros(3, 3)
outputs_2 = []
for t in range(xs_2.shape[0]):
    if t == 2:
        break
    h_2, c_2 = cell_2(xs_2[t], (h_2, c_2))
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2, dim=0)
