# oracle: seed 131, closed, raises RuntimeError at line 17
import torch
from torch import nn

layer_0 = nn.LSTM(2, 3, proj_size=2)

rnn_1 = nn.RNN(3, 5, 1, bidirectional=True)
x_1 = torch.zeros(1, 2, 3)
hidden_1 = torch.zeros([2, 2, 5])
out_1, h_1 = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(10, 3)
logits_1 = fc_1(out_1[-1])

rnn_2 = nn.LSTM(8, 4, num_layers=2, bidirectional=True)
x_2 = torch.zeros((3, 3, 8))
hidden_2 = (torch.randn(4, 4, 4), torch.randn(4, 3, 4))
out_2, (h_2, _) = rnn_2(x_2, hidden_2)
n_2 = out_2.size(-1) * out_2.dim()
