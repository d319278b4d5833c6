# oracle: seed 74, closed, raises ValueError at line 9
import torch
import torch.nn as nn

kind_0 = "GRU"
rnn_0 = getattr(nn, kind_0)(5, 5)
out_0 = rnn_0(torch.randn(4, 2, 5))[0]

layer_1 = nn.LSTM(7, 8, num_layers=2, dropout=-0.1)
y_1, _ = layer_1(torch.randn(3, 2, 7))

rnn_2 = nn.GRU(4, 5, num_layers=3, dropout=0.1, bidirectional=False)
x_2 = torch.randn(4, 4)
hx_2 = torch.zeros(3, 5)
out_2, _ = rnn_2(x_2, hx_2)
