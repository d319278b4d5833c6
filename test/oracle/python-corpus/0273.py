# oracle: seed 273, closed, runs cleanly
import torch
from torch.nn import GRU

rnn_0 = GRU(2, 8, 2, batch_first=True)
x_0 = torch.rand(1, 3, 2)
batch_0 = len(x_0)
h0_0 = torch.zeros(2, batch_0, 8)
out_0, hn_0 = rnn_0(x_0, h0_0)
