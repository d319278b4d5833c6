# oracle: seed 94, open, runs cleanly
import random
import torch
from torch import nn

y_0 = torch.randn(3, 2, 5)
layers_0 = [nn.RNN(5, 7), nn.RNN(7, 6)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]
z_0 = nn.Linear(6, 3)(y_0)

cell_1 = nn.RNNCell(8, 3, bias=False)
xs_1 = torch.randn(5, 1, 8)
h_1 = torch.zeros(1, 3)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)
seq_1 = torch.stack(outputs_1, dim=0)
head_1 = nn.Linear(3, 2)(h_1)

lstm_2 = nn.LSTM(2, 6)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 2))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 2))
last_2 = nn.Linear(6, 2)(out_2[-1])
