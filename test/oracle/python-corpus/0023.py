# oracle: seed 23, closed, raises RuntimeError at line 8
import torch
import torch.nn as nn

rnn_0 = nn.RNN(3, 4, num_layers=2, dropout=0.5)
x_0 = torch.randn(1, 4)
hx_0 = torch.zeros(2, 4)
out_0, _ = rnn_0(x_0, hx_0)
