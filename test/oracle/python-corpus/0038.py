# oracle: seed 38, open, runs cleanly
import random
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM

rnn_0 = LSTM(4, 8, 1, batch_first=True)
x_0 = torch.rand(1, 4, 4)
hidden_0 = (torch.zeros(1, 1, 8), torch.zeros([1, 1, 8]))
out_0, state_0 = rnn_0(x_0, hidden_0)
n_0 = out_0.size(-1) * out_0.dim()

embed_1 = nn.Embedding(17, 6, padding_idx=0)
drop_1 = nn.Dropout()
rnn_1 = GRU(6, 5, batch_first=True)
tokens_1 = torch.randint(0, 17, (2, 5))
emb_1 = drop_1(embed_1(tokens_1))
out_1, h_1 = rnn_1(emb_1)

lstm_2 = LSTM(4, 7)
if random.random() < 0.5:
    out_2, (h_2, c_2) = lstm_2(torch.randn(2, 3, 4))
else:
    out_2, (h_2, c_2) = lstm_2(torch.randn(4, 3, 4))
last_2 = nn.Linear(7, 2)(out_2[-1])
