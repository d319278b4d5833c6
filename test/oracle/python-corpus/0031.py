# oracle: seed 31, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, LSTM, RNN

embed_0 = nn.Embedding(11, 5)
drop_0 = nn.Dropout()
rnn_0 = GRU(5, 4, batch_first=True)
tokens_0 = torch.randint(0, 11, (3, 4))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)
scores_0 = nn.Linear(4, 11)(out_0)

rnn_1 = LSTM(8, 8, num_layers=1, dropout=0.1)
x_1 = torch.ones(5, 4, 8)
out_1, (h_1, _) = rnn_1(x_1)
fc_1 = nn.Linear(8, 3)
logits_1 = fc_1(h_1[-1])

layer_2 = GRU(7, 2, 1, bias=False)
y_2, _ = layer_2(torch.randn(3, 2, 7))
