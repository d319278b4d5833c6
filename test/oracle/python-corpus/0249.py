# oracle: seed 249, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM

lstm_0 = LSTM(3, 2, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 3, 3))
r_0_0 = torch.cat([h_0, c_0], dim=2)
r_0_1 = out_0.chunk(2, dim=0)[0]
r_0_2 = out_0.flatten(0, 1)
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = GRU(9, 3, 2, True, True)
x_1 = torch.randn(5, 1, 9).float()
batch_1 = x_1.size(0)
h0_1 = torch.zeros(2, batch_1, 3)
out_1, hn_1 = rnn_1(x_1, h0_1)
assert out_1.dim() == 3
