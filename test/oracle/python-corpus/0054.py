# oracle: seed 54, open, raises RuntimeError at line 10
import random
import torch
from torch import nn

cell_0 = nn.RNNCell(input_size=3, hidden_size=6)
h_0 = torch.zeros(2, 6)
t_0 = 0
while t_0 < 2:
    h_0 = cell_0(torch.randn(2, 6), h_0)
    t_0 += 1

lstm_1 = nn.LSTM(3, 8)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = nn.Linear(8, 2)(out_1[-1])
