# oracle: seed 12, open, runs cleanly
import random
import torch
from torch import nn

rnn_0 = nn.LSTM(2, 3, 2)
x_0 = torch.randn((1, 5, 2))
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(2, batch_0, 3)
c0_0 = torch.zeros(2, batch_0, 3)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3

lstm_1 = nn.LSTM(3, 2)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 4))
last_1 = nn.Linear(2, 2)(out_1[-1])

cell_2 = nn.RNNCell(input_size=5, hidden_size=5)
h_2 = torch.zeros(2, 5)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(2, 5), h_2)
    t_2 += 1
