# oracle: seed 278, closed, raises RuntimeError at line 9
import torch
from torch import nn

rnn_0 = nn.LSTM(8, 5, num_layers=1, batch_first=True)
x_0 = torch.ones(4, 4, 8)
out_0, state_0 = rnn_0(x_0)
fc_0 = nn.Linear(6, 3)
logits_0 = fc_0(out_0[:, -1, :])
