# oracle: seed 278, closed, raises RuntimeError at line 8
import torch
from torch import nn

rnn_0 = nn.LSTM(8, 5, num_layers=1, batch_first=True)
x_0 = torch.rand([4, 4, 8])
hidden_0 = (torch.randn(2, 4, 5), torch.zeros(1, 4, 5))
out_0, (h_0, _) = rnn_0(x_0, hidden_0)
fc_0 = nn.Linear(5, 4)
logits_0 = fc_0(h_0[-1])
