# oracle: seed 69, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import LSTM

embed_0 = nn.Embedding(27, 8, padding_idx=0)
drop_0 = nn.Dropout()
rnn_0 = LSTM(8, 5, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 26]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = nn.Linear(5, 27)(out_0)
