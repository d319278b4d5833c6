# oracle: seed 83, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import RNN

rnn_0 = RNN(4, 7, batch_first=True, bidirectional=True, nonlinearity="relu")
x_0 = torch.zeros([3, 5, 4])
batch_0 = x_0.size(0)
h0_0 = torch.zeros(2, batch_0, 7)
out_0, hn_0 = rnn_0(x_0, h0_0)
