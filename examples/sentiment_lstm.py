# A bidirectional LSTM sentiment classifier whose head forgot that both directions are
# concatenated: the last step of the output has 2 * hidden features, not hidden.
import torch
import torch.nn as nn

VOCAB, EMBED, HIDDEN, CLASSES = 5000, 128, 256, 2


class SentimentLSTM(nn.Module):
    def __init__(self, vocab, embed, hidden, classes):
        super().__init__()
        self.embedding = nn.Embedding(vocab, embed)
        self.lstm = nn.LSTM(embed, hidden, num_layers=2, batch_first=True, bidirectional=True)
        self.dropout = nn.Dropout(0.3)
        self.fc = nn.Linear(hidden, classes)

    def forward(self, tokens):
        x = self.dropout(self.embedding(tokens))
        out, (h, c) = self.lstm(x)
        return self.fc(out[:, -1, :])  # rnnlens-expect: linear-in-features-mismatch


model = SentimentLSTM(VOCAB, EMBED, HIDDEN, CLASSES)
batch = torch.randint(0, VOCAB, (32, 50))
logits = model(batch)
print(logits.shape)
