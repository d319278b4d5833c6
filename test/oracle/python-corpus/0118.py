# oracle: seed 118, closed, raises RuntimeError at line 7
import torch
import torch.nn as nn

rnn_0 = nn.LSTM(3, 3, 2, batch_first=True, dropout=0.5, proj_size=1)
x_0 = torch.ones(3, 1, 4)
out_0, state_0 = rnn_0(x_0)
fc_0 = nn.Linear(1, 4)
logits_0 = fc_0(state_0[0][-1])

y_1 = torch.randn(1, 3, 4)
layers_1 = nn.ModuleList([nn.GRU(4, 5), nn.GRU(5, 5), nn.GRU(6, 7)])
for layer in layers_1:
    y_1, _ = layer(y_1)
