# oracle: seed 194, closed, raises RuntimeError at line 9
import torch
import torch.nn as nn
from torch.nn import LSTM

lstm_0 = LSTM(3, 5, 1)
out_0, (h_0, c_0) = lstm_0(torch.randn(4, 2, 3))
r_0_0 = out_0.shape[-1]
r_0_1 = out_0.permute(1, 0)
r_0_2 = out_0.transpose(0, 1).contiguous().view(2, -1)
r_0_3 = out_0.transpose(0, 1).contiguous().view(2, -1)
a_0, b_0 = out_0.chunk(2, dim=0)

rnn_1 = LSTM(4, 2, 2, dropout=0.1, bidirectional=True)
x_1 = torch.rand(2, 4, 4)
batch_1 = x_1.size()[1]
h0_1 = torch.zeros(4, batch_1, 2)
c0_1 = torch.zeros(4, batch_1, 2)
out_1, (hn_1, cn_1) = rnn_1(x_1, (h0_1, c0_1))
assert out_1.dim() == 3
