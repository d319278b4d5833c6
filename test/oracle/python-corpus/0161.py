# oracle: seed 161, closed, raises RuntimeError at line 10
import torch
from torch import nn

embed_0 = nn.Embedding(21, 7)
drop_0 = nn.Dropout()
rnn_0 = nn.LSTM(14, 7, batch_first=True)
tokens_0 = torch.randint(0, 21, (1, 1))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
