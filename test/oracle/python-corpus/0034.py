# oracle: seed 34, closed, runs cleanly
import torch
from torch import nn
from torch.nn import GRU, LSTM, RNN

layer_0 = GRU(4, 2, dropout=0)
y_0, _ = layer_0(torch.randn(3, 2, 4))

layer_1 = LSTM(8, 2, 2, bias=False)
y_1, _ = layer_1(torch.randn(3, 2, 8))

kind_2 = "GRU"
rnn_2 = getattr(nn, kind_2)(4, 7)
out_2 = rnn_2(torch.randn(4, 2, 4))[0]
