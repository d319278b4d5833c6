# oracle: seed 34, closed, raises ValueError at line 23
import torch
from torch import nn
from torch.nn import GRU, GRUCell, LSTM, RNN

layer_0 = GRU(4, 2, dropout=0)
y_0, _ = layer_0(torch.randn(3, 2, 4))

layer_1 = LSTM(8, 2, 2, bias=False)
y_1, _ = layer_1(torch.randn(3, 2, 8))

kind_2 = "GRU"
rnn_2 = getattr(nn, kind_2)(4, 7)
out_2 = rnn_2(torch.randn(4, 2, 4))[0]

cell_3 = GRUCell(input_size=7, hidden_size=3)
h_3 = torch.zeros(2, 3)
t_3 = 0
while t_3 < 1:
    h_3 = cell_3(torch.randn(2, 7), h_3)
    t_3 += 1

layer_4 = RNN(7, 4, nonlinearity='ReLU')
y_4, _ = layer_4(torch.randn(3, 2, 7))
