# oracle: seed 73, closed, raises TypeError at line 13
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

config_0 = {"input_size": 3, "hidden_size": 7, "num_layers": 1}
rnn_0 = GRU(**config_0)
out_0, h_0 = rnn_0(torch.randn(3, 2, config_0["input_size"]))

layer_1 = GRU(8, 4, 1, bias=False)
y_1, _ = layer_1(torch.randn(3, 2, 8))

layer_2 = LSTM(8, 5, nonlinearity='tanh')
