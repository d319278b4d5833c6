# oracle: seed 16, closed, runs cleanly
import torch
from torch.nn import Dropout, Embedding, LSTM

embed_0 = Embedding(18, 5)
drop_0 = Dropout(p=0.5)
rnn_0 = LSTM(5, 2, batch_first=True)
tokens_0 = torch.randint(0, 18, (2, 3))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
