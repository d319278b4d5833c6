# oracle: seed 168, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.GRU(9, 5, 1, True, False, bidirectional=True)
x_0 = torch.randn(5, 9)
hx_0 = torch.zeros(2, 5)
out_0, _ = rnn_0(x_0, hx_0)

lstm_1 = nn.LSTM(3, 3, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
r_1_0 = out_1.permute(2, 0, 1)
r_1_1 = out_1.size(2)
r_1_2 = out_1.size()
r_1_3 = c_1.repeat(1, 1, 1)
