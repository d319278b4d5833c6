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

class Args_3:
    pass

args_3 = Args_3()
setattr(args_3, "hidden", 2)
rnn_3 = GRU(3, args_3.hidden)
out_3, h_3 = rnn_3(torch.randn(2, 2, 3), torch.zeros(1, 2, args_3.hidden))

lstm_4 = LSTM(3, 4, 1)
out_4, (h_4, c_4) = lstm_4(torch.randn(4, 3, 3))
r_4_0 = out_4.size()
r_4_1 = out_4[:, -1, :]
r_4_2 = c_4.repeat(1, 1, 1)
