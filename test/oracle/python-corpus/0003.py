# oracle: seed 3, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRUCell, LSTM

lstm_0 = LSTM(2, 7)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 2))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 2))
last_0 = nn.Linear(7, 2)(out_0[-1])

cell_1 = GRUCell(3, 2)
xs_1 = torch.randn(3, 3, 3)
h_1 = torch.zeros(3, 2)
outputs_1 = []
for t in range(xs_1.size(0)):
    if t % 2 == 1:
        continue
    h_1 = cell_1(xs_1[t], h_1)
    outputs_1.append(h_1)

rnn_2 = LSTM(9, 4, num_layers=3, bias=False, batch_first=False)
x_2 = torch.ones(3, 3, 9)
out_2, state_2 = rnn_2(x_2)
fc_2 = nn.Linear(4, 3)
logits_2 = fc_2(state_2[0][-1])
