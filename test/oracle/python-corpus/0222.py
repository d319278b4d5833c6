# oracle: seed 222, closed, runs cleanly
import torch
from torch import nn

y_0 = torch.randn(2, 1, 2)
layers_0 = nn.ModuleList([nn.RNN(2, 5)])
for layer in layers_0:
    y_0, _ = layer(y_0)

rnn_1 = nn.GRU(input_size=7, hidden_size=2)
x_1 = torch.randn(5, 7)
hx_1 = torch.zeros(1, 2)
out_1, _ = rnn_1(x_1, hx_1)
