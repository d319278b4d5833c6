# oracle: seed 169, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.RNN(2, 8, num_layers=1, bias=False)
x_0 = torch.randn(5, 2)
out_0, _ = rnn_0(x_0)
