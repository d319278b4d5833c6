# oracle: seed 267, open, runs cleanly
import random
import torch
from torch import nn

embed_0 = nn.Embedding(22, 3, padding_idx=0)
drop_0 = nn.Dropout()
rnn_0 = nn.LSTM(3, 7, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

lstm_1 = nn.LSTM(3, 3)
if random.random() < 0.5:
    out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
else:
    out_1, (h_1, c_1) = lstm_1(torch.randn(4, 3, 3))
last_1 = nn.Linear(3, 2)(out_1[-1])

y_2 = torch.randn(4, 3, 7)
layers_2 = nn.ModuleList([nn.RNN(7, 3)])
for layer in layers_2:
    y_2, _ = layer(y_2)
z_2 = nn.Linear(3, 3)(y_2)

gru_3 = nn.GRU(4, 2)
x_3 = torch.randn(3, 4)
if x_3.size(-1) == 4:
    out_3, _ = gru_3(x_3)
else:
    out_3, _ = gru_3(torch.randn(2, 2, 5))
