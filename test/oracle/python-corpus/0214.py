# oracle: seed 214, closed, runs cleanly
import torch
from torch import nn

config_0 = {"input_size": 7, "hidden_size": 2, "num_layers": 1}
rnn_0 = nn.GRU(**config_0)
out_0, h_0 = rnn_0(torch.randn(3, 2, config_0["input_size"]))

rnn_1 = nn.RNN(8, 5, num_layers=1, batch_first=False, bidirectional=True)
x_1 = torch.rand(1, 4, 8)
hidden_1 = torch.randn(2, 4, 5)
out_1, h_1 = rnn_1(x_1, hidden_1)
n_1 = out_1.size(0) * out_1.dim()
