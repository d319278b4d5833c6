# oracle: seed 218, open, runs cleanly
import random
import torch
import torch.nn as nn

lstm_0 = nn.LSTM(5, 8)
if random.random() < 0.5:
    out_0, (h_0, c_0) = lstm_0(torch.randn(2, 3, 5))
else:
    out_0, (h_0, c_0) = lstm_0(torch.randn(4, 3, 5))
last_0 = nn.Linear(8, 2)(out_0[-1])

cell_1 = nn.RNNCell(input_size=2, hidden_size=7)
h_1 = torch.zeros(7)
t_1 = 0
while t_1 < 1:
    h_1 = cell_1(torch.randn(2), h_1)
    t_1 += 1
z_1 = h_1.unsqueeze(0).squeeze(0)
