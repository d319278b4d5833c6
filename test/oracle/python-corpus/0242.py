# oracle: seed 242, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

rnn_0 = GRU(3, 2, 3, True, True, bidirectional=False)
x_0 = torch.rand([1, 1, 3])
batch_0 = len(x_0)
h0_0 = torch.zeros(3, batch_0, 2)
out_0, hn_0 = rnn_0(x_0, h0_0)

rnn_1 = LSTM(4, 8, num_layers=3)
x_1 = torch.randn(5, 4)
out_1, _ = rnn_1(x_1)
