# oracle: seed 11, closed, raises ValueError at line 10
import torch
from torch.nn import GRU, LSTM, RNN

rnn_0 = GRU(6, 8, num_layers=1)
x_0 = torch.randn(3, 6)
hx_0 = torch.zeros(1, 8)
out_0, _ = rnn_0(x_0, hx_0)

layer_1 = LSTM(6, 6, proj_size=-1)
y_1, _ = layer_1(torch.randn(3, 2, 6))
