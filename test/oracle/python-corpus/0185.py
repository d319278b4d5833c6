# oracle: seed 185, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM

embed_0 = nn.Embedding(22, 3)
drop_0 = nn.Dropout()
rnn_0 = LSTM(3, 7, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 21]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(7, 22)(out_0)
