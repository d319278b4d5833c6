# oracle: seed 12, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.LSTM(2, 3, 2)
x_0 = torch.randn((1, 5, 2))
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(2, batch_0, 3)
c0_0 = torch.zeros(2, batch_0, 3)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3
