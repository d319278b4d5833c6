# oracle: seed 247, closed, raises TypeError at line 9
import torch
import torch.nn as nn

rnn_0 = nn.GRU(5, 8, 2, True, False)
x_0 = torch.randn(3, 5)
out_0, _ = rnn_0(x_0)

layer_1 = nn.GRU(3, 2, nonlinearity='tanh')
