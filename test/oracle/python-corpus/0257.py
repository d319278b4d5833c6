# oracle: seed 257, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.GRU(5, 3, 1, bidirectional=True)
x_0 = torch.zeros((4, 4, 5))
batch_0 = x_0.size()[1]
h0_0 = torch.zeros(2, batch_0, 3)
out_0, hn_0 = rnn_0(x_0, h0_0)
