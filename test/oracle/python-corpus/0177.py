# oracle: seed 177, closed, runs cleanly
import torch
from torch.nn import LSTM

rnn_0 = LSTM(input_size=6, hidden_size=8, batch_first=False, bidirectional=True)
x_0 = torch.randn(4, 4, 6)
batch_0 = x_0.shape[1]
h0_0 = torch.zeros(2, batch_0, 8)
c0_0 = torch.zeros(2, batch_0, 8)
out_0, (hn_0, cn_0) = rnn_0(x_0, (h0_0, c0_0))
assert out_0.dim() == 3
